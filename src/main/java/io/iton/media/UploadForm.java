package io.iton.media;

import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An upload as the request carried it. Multipart requests are parsed lazily
 * ({@code spring.servlet.multipart.resolve-lazily}) so that one over the size limit arrives here
 * as {@link #tooLarge()} and is answered with our page, not the container's error. The body of a
 * refused request is never read, so its text fields are lost with it.
 */
record UploadForm(MultipartFile file, ImageDetails details, boolean tooLarge) {

    static UploadForm read(HttpServletRequest request) {
        if (!(request instanceof MultipartHttpServletRequest multipart)) {
            return new UploadForm(null, details(request), false);
        }
        try {
            MultipartFile file = multipart.getFile("file");
            return new UploadForm(file, details(multipart), false);
        } catch (MaxUploadSizeExceededException e) {
            return new UploadForm(null, new ImageDetails("", "", ""), true);
        } catch (MultipartException e) {
            return new UploadForm(null, new ImageDetails("", "", ""), false);
        }
    }

    long size() {
        return file == null ? 0 : file.getSize();
    }

    private static ImageDetails details(HttpServletRequest request) {
        return new ImageDetails(request.getParameter("alt"), request.getParameter("caption"),
                request.getParameter("credit"));
    }
}
