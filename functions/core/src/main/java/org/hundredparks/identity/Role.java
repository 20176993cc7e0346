package org.hundredparks.identity;

/** Who a caller is on the platform; a token carries exactly one. */
public enum Role {
    MINISTRY, PROVINCE_AUTHORITY, PARK_ADMIN, UNIVERSITY, ENTERPRISE, PUBLIC
}
