package org.hundredparks.submission;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.hundredparks.validation.Rules;

/** 联系人. Mobile and e-mail are personal data: masked for anyone but the owner and the authorities. */
@RegisterForReflection
public record Contact(String name, String mobile, String email) {

    public void check(Rules rules, String path) {
        rules.required(path + ".name", "联系人姓名", name).length(path + ".name", "联系人姓名", name, 50)
                .mobile(path + ".mobile", mobile)
                .email(path + ".email", email);
        if ((mobile == null || mobile.isBlank()) && (email == null || email.isBlank())) {
            rules.add("REQUIRED", path + ".mobile", "手机号码与电子邮箱至少填写一项");
        }
    }

    /** 138****5678, z***@example.com */
    public Contact masked() {
        return new Contact(name,
                mobile == null ? null : mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4),
                email == null ? null : email.charAt(0) + "***" + email.substring(email.indexOf('@')));
    }
}
