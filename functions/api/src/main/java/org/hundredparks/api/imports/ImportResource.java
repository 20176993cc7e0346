package org.hundredparks.api.imports;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.imports.ImportJob;
import org.hundredparks.imports.ImportService;
import org.hundredparks.imports.Template;
import org.hundredparks.imports.TemplateFiles;
import org.hundredparks.submission.ListType;
import org.hundredparks.validation.InvalidInputException;

/** Bulk submission by spreadsheet: template, presigned upload, import, progress and row errors. */
@Path("/imports")
@Tag(name = "批量导入", description = "按模板以 Excel/CSV 批量提交清单")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Which list the file is for, and (for uploads) its name; for a start, the upload's id. */
    @Schema(name = "ImportRequest", requiredProperties = "listType")
    public record Request(ListType listType, @Schema(description = "申请上传时必填：.xlsx 或 .csv 文件名") String fileName,
            @Schema(description = "开始导入时必填：申请上传时得到的编号", pattern = "^upl_[0-9a-f]{32}\\.(xlsx|csv)$") String uploadId) {
    }

    private final ImportService imports;
    private final CurrentCaller caller;

    public ImportResource(ImportService imports, CurrentCaller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @GET
    @Path("/templates/{listType}")
    @PermitAll
    @SecurityRequirements
    @Produces({XLSX, "text/csv"})
    @Operation(summary = "下载导入模板", description = "任何人可下载。中文表头；format=xlsx（默认）或 csv（UTF-8 带 BOM）。")
    public Response template(@PathParam("listType") ListType type, @QueryParam("format") @DefaultValue("xlsx") String format) {
        Template template = Template.of(type);
        String name = type.path() + "-template-v" + template.version();
        return switch (format) {
            case "csv" -> Response.ok(TemplateFiles.csv(type), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
            case "xlsx" -> Response.ok(TemplateFiles.xlsx(type), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
            default -> throw new InvalidInputException("UNSUPPORTED_FORMAT", "format", "format 应为 xlsx 或 csv");
        };
    }

    @POST
    @Path("/uploads")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"UNIVERSITY", "ENTERPRISE", "PARK_ADMIN", "PROVINCE_AUTHORITY"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "申请上传地址", description = "该清单的提交方可调用：返回15分钟内有效的预签名 PUT 地址（上传时带返回的 Content-Type）。")
    public ImportService.Upload upload(Request request) {
        require(request);
        return imports.requestUpload(caller.get(), request.listType(), request.fileName());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"UNIVERSITY", "ENTERPRISE", "PARK_ADMIN", "PROVINCE_AUTHORITY"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "开始导入", description = "上传者可调用：导入在后台排队执行（返回 202 与导入任务），用 GET /imports/{id} 查看进度。"
            + "逐行校验，有效行按外部编号幂等写入；重复导入同一文件或同样的行不会重复写入。")
    @APIResponse(responseCode = "202", description = "导入已排队（或该文件的导入已在进行、已完成）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJob.class)))
    public Response start(Request request) {
        require(request);
        ImportJob job = imports.start(caller.get(), request.listType(), request.uploadId());
        return Response.accepted(job).location(java.net.URI.create("/imports/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"UNIVERSITY", "ENTERPRISE", "PARK_ADMIN", "PROVINCE_AUTHORITY"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "查看导入进度与结果", description = "导入单位可看：已处理行数、新增、更新、未变、被拒行及其错误（行号、列、错误码、中文说明）。")
    public ImportJob get(@PathParam("id") String id) {
        return imports.get(caller.get(), id);
    }

    private static void require(Request request) {
        if (request == null || request.listType() == null) {
            throw new InvalidInputException("REQUIRED", "listType", "请指定清单类型（listType）");
        }
    }
}
