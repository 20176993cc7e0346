package org.hundredparks.signin;

import static org.hundredparks.storage.RecordLayout.in;

import java.util.List;
import org.hundredparks.storage.RecordLayout;
import org.hundredparks.storage.TableDesign;

/** The keys of client systems; others reach them through {@link ClientSystems}. {@link #LAYOUT} is what docs/data-model.md shows. */
final class SigninKeys {

    static final String CLIENT_SYSTEM = "CLIENT_SYSTEM";

    private SigninKeys() {
    }

    static String clientSystem(String clientId) {
        return "CLIENT_SYSTEM#" + clientId;
    }

    static String owned(Object createdAt, String clientId) {
        return CLIENT_SYSTEM + "#" + createdAt + "#" + clientId;
    }

    static String ownedPrefix() {
        return CLIENT_SYSTEM + "#";
    }

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("client system (对接系统)", clientSystem("<clientId>"), CLIENT_SYSTEM,
                    "a system's credentials (the secret's SHA-256 only) and status; an organisation's systems",
                    in(TableDesign.BY_OWNER, TableDesign.ownedBy("<organisationId>"), owned("<createdAt>", "<clientId>"))));
}
