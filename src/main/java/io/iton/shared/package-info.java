/**
 * Small things every feature uses: {@link io.iton.shared.Slug}, paging, the site's clock and
 * time formatting, the exception that carries field errors, and the template localizer.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.iton.shared;
