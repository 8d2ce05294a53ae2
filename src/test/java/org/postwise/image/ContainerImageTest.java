package org.postwise.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The container image answers a question: {@code scripts/test-image.sh} builds it with podman on a Debian base made
 * with mmdebstrap and runs its entrypoint under chroot in a copy of its file system (see the script). Runs with
 * {@code mvn -Pimage test}, as root, with podman and mmdebstrap installed and {@code target/postwise.jar} built;
 * {@code .ci/run} does that after {@code mvn verify}.
 */
@Tag("image")
class ContainerImageTest {

    @Test
    void the_image_built_from_the_containerfile_answers_a_question_as_its_non_root_user()
            throws IOException, InterruptedException {
        // given the jar the image is built from
        assertThat(Path.of("target/postwise.jar")).as("build the jar first: mvn -B package").exists();
        Path log = Files.createTempFile("test-image", ".log");

        // when
        Process script = new ProcessBuilder("scripts/test-image.sh").redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = script.waitFor(15, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);

        // then
        assertThat(finished).as("the image test finished within 15 minutes").isTrue();
        assertThat(script.exitValue()).as(output).isZero();
        assertThat(output).contains("test-image: ok: the image answers as user 10001:10001",
                "What the material says");
    }
}
