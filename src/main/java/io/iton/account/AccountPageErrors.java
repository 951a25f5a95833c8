package io.iton.account;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import io.iton.shared.Forbidden;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A refusal by an account service behind a page whose role check passed (a session that still
 * says ADMIN after a demotion) is a 403 page, like the role check's own, not a server error.
 */
@ControllerAdvice(basePackageClasses = AccountPageErrors.class)
class AccountPageErrors {

    @ExceptionHandler(Forbidden.class)
    void forbidden(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.FORBIDDEN.value());
    }
}
