package org.spinup4j.envs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;

class VideoRecorderTest {

  @TempDir Path dir;

  @Test
  void recordsAnEpisodeIntoGifAndMp4Together() throws IOException {
    Path gif = dir.resolve("run.gif");
    Path mp4 = dir.resolve("run.MP4");
    Env env = Envs.make("Pendulum-v1");
    try (VideoRecorder video = VideoRecorder.open(30, gif, mp4)) {
      env.reset(0);
      video.capture(env);
      for (int t = 0; t < 5; t++) {
        env.step(env.actionSpace().sample());
        video.capture(env);
      }
      assertEquals(6, video.frames());
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      assertEquals(6, reader.getNumImages(true));
    }
    assertTrue(Files.size(mp4) > 0);
  }

  @Test
  void unknownExtensionIsRefusedBeforeAnyFileIsMade() {
    Path gif = dir.resolve("ok.gif");
    var e = assertThrows(IllegalArgumentException.class,
        () -> VideoRecorder.open(30, gif, dir.resolve("run.avi")));
    assertTrue(e.getMessage().contains("run.avi") && e.getMessage().contains(".gif"),
        e.getMessage());
    assertFalse(Files.exists(gif));
  }
}
