package io.iton.account;

import java.io.IOException;
import java.io.Serializable;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After a failed form login: back to the login page, which shows why and keeps the e-mail typed.
 * Both travel in the session, not the address bar, where they would end up in logs and history.
 */
class LoginFailures implements AuthenticationFailureHandler {

    static final String ATTRIBUTE = LoginFailures.class.getName();

    /** The e-mail as typed, and minutes to wait when the login was throttled (0: just wrong). */
    record Failure(String email, long waitMinutes) implements Serializable {
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String email = request.getParameter("username");
        long wait = exception instanceof LoginThrottled throttled ? throttled.retryAfterMinutes() : 0;
        request.getSession().setAttribute(ATTRIBUTE, new Failure(email == null ? "" : email.strip(), wait));
        response.sendRedirect(request.getContextPath() + "/newsroom/login?error");
    }
}
