package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StatusLineTest {
  @Test
  void theStatusIsRedrawnInPlaceAndErasedBeforeAnythingElseIsPrinted() {
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    StatusLine status = new StatusLine(terminal);
    PrintStream out = status.printStream();
    PrintStream err = status.guard(terminal);
    status.show("epoch 1/2: 100/4000 steps");
    status.show("epoch 1/2: 200/4000 steps");
    out.println("| Epoch | 1 |");
    out.println("epoch 1/2 | 4000 steps");
    status.show("epoch 2/2: 100/4000 steps");
    err.println("Warning: something");
    assertEquals("\r\033[Kepoch 1/2: 100/4000 steps"
        + "\r\033[Kepoch 1/2: 200/4000 steps"
        + "\r\033[K| Epoch | 1 |\nepoch 1/2 | 4000 steps\n" // erased once, then the table
        + "\r\033[Kepoch 2/2: 100/4000 steps"
        + "\r\033[KWarning: something\n", terminal.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theStatusTextGivesStepsRateAndTimeLeftInTheEpoch() {
    assertEquals("epoch 4/50: 2400/4000 steps | 800 steps/s | 2 s left in this epoch",
        ProgressLogger.statusText(4, 50, 2400, 4000, 3.0));
  }
}
