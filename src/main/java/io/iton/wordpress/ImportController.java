package io.iton.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import io.iton.account.Actors;
import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;
import jakarta.servlet.MultipartConfigElement;

/**
 * {@code /newsroom/import}, administrators only: upload a WordPress export and watch it import in
 * the background (the page refreshes itself while it runs), then read its report. Images need
 * the old uploads folder on the server: that is the command's job ({@code import-wordpress}).
 */
@NewsroomController
class ImportController {

    static final String ADMIN = "hasRole('ADMIN')";

    private final ImportJobs jobs;
    private final Actors actors;
    private final Localizer t;
    private final int maxMegabytes;

    ImportController(ImportJobs jobs, Actors actors, Localizer t, MultipartConfigElement multipart) {
        this.jobs = jobs;
        this.actors = actors;
        this.t = t;
        this.maxMegabytes = (int) Math.max(1, multipart.getMaxFileSize() / (1024 * 1024));
    }

    @GetMapping("/newsroom/import")
    @PreAuthorize(ADMIN)
    ModelAndView page() {
        return page(Map.of(), HttpStatus.OK);
    }

    @PostMapping("/newsroom/import")
    @PreAuthorize(ADMIN)
    ModelAndView upload(@RequestParam(name = "file", required = false) MultipartFile file,
                        @RequestParam(name = "dryRun", required = false) String dryRun, Authentication auth)
            throws IOException {
        var actor = actors.of(auth);
        if (file == null || file.isEmpty()) {
            return page(Map.of("file", t.text("import.file.required")), HttpStatus.BAD_REQUEST);
        }
        if (!looksLikeWxr(file)) {
            return page(Map.of("file", t.text("import.file.notWxr")), HttpStatus.BAD_REQUEST);
        }
        Path saved = Files.createTempFile("wordpress-import-", ".xml");
        file.transferTo(saved);
        String name = file.getOriginalFilename() == null ? "export.xml" : file.getOriginalFilename();
        if (!jobs.start(saved, name, dryRun != null, actor)) {
            Files.deleteIfExists(saved);
            return page(Map.of("file", t.text("import.busy")), HttpStatus.CONFLICT);
        }
        return new ModelAndView("redirect:/newsroom/import");
    }

    /** Over the servlet's upload limit: said in Hebrew, with the form again. */
    @ExceptionHandler(MultipartException.class)
    ModelAndView tooLarge() {
        return page(Map.of("file", t.text("import.file.tooLarge", maxMegabytes)), HttpStatus.CONTENT_TOO_LARGE);
    }

    private static boolean looksLikeWxr(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return head.contains("<rss") || head.contains("<?xml");
        }
    }

    private ModelAndView page(Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("newsroom/import",
                Map.of("page", new ImportPage(ImportPage.of(jobs.current()), errors, maxMegabytes)));
        page.setStatus(status);
        return page;
    }
}
