package io.iton.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller of the back office under {@code /newsroom}. Its templates get the localizer as
 * {@code t} and the newsroom frame as {@code chrome} ({@link NewsroomModel}); who may call each
 * handler is said on the handler with {@code @PreAuthorize} and checked again by the service.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface NewsroomController {
}
