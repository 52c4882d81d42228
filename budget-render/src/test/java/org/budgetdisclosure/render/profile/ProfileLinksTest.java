package org.budgetdisclosure.render.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.testing.ReadBack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links and special files in a user's profile folder (issue 20): every file a profile reads resolves inside its
 * folder after following links, and is a regular file; a link within the folder is the user's own and is followed.
 */
class ProfileLinksTest {

    @TempDir
    Path dir;

    private Path copy() throws Exception {
        return new ProfileAbuseTest() {
            {
                dir = ProfileLinksTest.this.dir;
            }
        }.copy("mine", "format: budget-profile/1", "format: budget-profile/1");
    }

    private static String html(Profile profile) {
        byte[] html = Disclosure.of(
                        ProfileTest.budget(), RenderOptions.defaults().withProfile(profile))
                .bytes(Format.HTML);
        return ReadBack.html(html).text();
    }

    private static void include(Path folder, String file) throws Exception {
        Path narrative = folder.resolve("narrative.ftl");
        Files.writeString(narrative, Files.readString(narrative) + "\n<@p><#include \"" + file + "\"></@p>\n");
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsNeverPublished() throws Exception {
        Path folder = copy();
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash");
        Files.createSymbolicLink(folder.resolve("pw.txt"), secret);
        Files.createSymbolicLink(folder.resolve("passwd.txt"), Path.of("/etc/passwd"));
        include(folder, "pw.txt");
        Profile profile = Profile.load(folder);
        assertThatThrownBy(() -> html(profile))
                .hasMessageContaining("pw.txt")
                .hasMessageContaining("outside the folder")
                .hasMessageNotContaining("root:x");
        Path other = copy2(folder);
        include(other, "passwd.txt");
        assertThatThrownBy(() -> html(Profile.load(other))).hasMessageContaining("outside the folder");
    }

    private Path copy2(Path folder) throws Exception {
        Path narrative = folder.resolve("narrative.ftl");
        String text = Files.readString(narrative);
        Files.writeString(narrative, text.substring(0, text.lastIndexOf("<@p><#include")));
        return folder;
    }

    @Test
    void anAbsoluteOrBackingOutIncludeFindsNothingAndSaysSoPlainly() throws Exception {
        Path folder = copy();
        include(folder, "/etc/passwd");
        Profile profile = Profile.load(folder);
        assertThatThrownBy(() -> html(profile))
                .hasMessageContaining("not found")
                .hasMessageNotContaining("root:")
                .hasMessageNotContaining("TemplateLoader")
                .hasMessageNotContaining("@");
    }

    @Test
    void aMainTemplateLinkedFromOutsideIsRefusedAtLoad() throws Exception {
        Path folder = copy();
        Path outside = dir.resolve("outside.ftl");
        Files.move(folder.resolve("narrative.ftl"), outside);
        Files.createSymbolicLink(folder.resolve("narrative.ftl"), outside);
        assertThatThrownBy(() -> Profile.load(folder))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("narrative.ftl")
                .hasMessageContaining("outside the folder");
    }

    @Test
    void aFifoOrADeviceAmongTheTemplatesIsRefusedWithoutReadingIt() throws Exception {
        Path folder = copy();
        assertThat(new ProcessBuilder("mkfifo", folder.resolve("fifo.ftl").toString())
                        .start()
                        .waitFor())
                .isZero();
        include(folder, "fifo.ftl");
        Profile profile = Profile.load(folder);
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> html(profile)))
                .hasMessageContaining("fifo.ftl")
                .hasMessageContaining("not a regular file");
    }

    @Test
    void aLinkWithinTheFolderIsFollowed() throws Exception {
        Path folder = copy();
        Files.writeString(folder.resolve("sections/extra.txt"), "本部门的补充说明。");
        Files.createSymbolicLink(folder.resolve("extra.txt"), folder.resolve("sections/extra.txt"));
        include(folder, "extra.txt");
        assertThat(html(Profile.load(folder))).contains("本部门的补充说明。");
    }
}
