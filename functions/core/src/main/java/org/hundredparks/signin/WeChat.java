package org.hundredparks.signin;

/**
 * WeChat's server API as the platform uses it: a mini-program's {@code wx.login} code exchanged for the user's
 * openid (and unionid, when the app is bound to an open-platform account). An interface, so that sign-in is
 * tested against a stand-in speaking WeChat's protocol.
 */
public interface WeChat {

    /** The user a code stands for. */
    record Session(String openid, String unionid) {
    }

    /** @throws org.hundredparks.platform.Refusal with WeChat's error mapped to a status and a stable code */
    Session jscode2session(String code);

    /** The website QR login (the open platform's website app): its code for the user; the unionid is what links them. */
    Session webLogin(String code);
}
