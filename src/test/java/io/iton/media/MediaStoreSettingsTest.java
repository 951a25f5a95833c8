package io.iton.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's settings and paths: what is refused before anything reaches a folder or a bucket. */
class MediaStoreSettingsTest {

    private static final MediaProperties MEDIA = new MediaProperties(null, 1024, 1000, List.of(320), 0.85f);

    @TempDir
    Path data;

    @Test
    void onlyPathsInsideTheImagesFolderPass() {
        assertThat(MediaFiles.checked("images/7-abcdefghijkl/original.jpg")).isEqualTo("images/7-abcdefghijkl/original.jpg");
        for (String path : List.of("images/../tables/x.jsonl", "images/7-a/../../etc/passwd", "images", "images/7-a",
                "tables/x/y", "images/a\\b/c", "/images/a/b", "images//a/b", "images/./a", "images/a/b/", "")) {
            assertThatThrownBy(() -> MediaFiles.checked(path)).as(path).isInstanceOf(IllegalArgumentException.class);
        }
        for (String name : List.of("..", "../incoming", "a/b", "", "a.b")) {
            assertThatThrownBy(() -> MediaStore.folderName(name)).as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theSecretKeyIsNeverPrintedAndHalfASettingIsRefused() {
        S3Properties s3 = new S3Properties("news-media", "/site", "eu-west-1", " http://127.0.0.1:9000 ", true,
                "AKIAEXAMPLE", "very-secret-key", "https://cdn.example.com");
        assertThat(s3.prefix()).isEqualTo("site/");
        assertThat(s3.endpoint()).isEqualTo("http://127.0.0.1:9000");
        assertThat(s3.publicUrl()).isEqualTo("https://cdn.example.com/");
        assertThat(s3.key("images/1-a/original.jpg")).isEqualTo("site/images/1-a/original.jpg");
        assertThat(s3.toString()).contains("news-media").doesNotContain("very-secret-key", "AKIAEXAMPLE");
        s3.check();

        assertThatThrownBy(new S3Properties("", "", "us-east-1", "", false, "", "", "")::check)
                .hasMessageContaining("ITON_MEDIA_S3_BUCKET");
        assertThatThrownBy(new S3Properties("b", "", "us-east-1", "", false, "AKIAEXAMPLE", "", "")::check)
                .hasMessageContaining("go together").hasMessageNotContaining("AKIAEXAMPLE");
        assertThatThrownBy(new S3Properties("b", "", "us-east-1", "", false, "", "", "ftp://cdn")::check)
                .hasMessageContaining("public-url");
    }

    @Test
    void anUnknownStoreStopsTheStartAndFolderIsTheDefault() throws Exception {
        S3Properties none = new S3Properties(null, "", "us-east-1", "", false, "", "", "");
        assertThatThrownBy(() -> new MediaStoreConfiguration().mediaStore("s4", MEDIA, none, data))
                .hasMessageContaining("'folder' or 's3'");
        assertThat(new MediaStoreConfiguration().mediaStore(" Folder ", MEDIA, none, data))
                .isInstanceOf(FolderMediaStore.class);
        assertThatThrownBy(() -> new MediaStoreConfiguration().mediaStore("s3", MEDIA, none, data))
                .hasMessageContaining("iton.media.s3.bucket");
    }
}
