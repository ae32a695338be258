package org.spinup4j.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpCountTest {
  @TempDir Path tmp;

  @Test
  void onlyOperationsThatNoOtherEnclosesOnTheirThreadAreCounted() throws IOException {
    // Thread 1: linear (enclosing addmm and t), then relu, then another linear (enclosing
    // addmm). Thread 2: a backward step whose inner mm is not counted, overlapping thread 1's
    // times. Events that are not complete ("X") ones, such as instants, are not operations.
    String trace = """
        [
        {"name": "aten::linear", "ph": "X", "tid": 1, "ts": 0, "dur": 10},
        {"name": "aten::t", "ph": "X", "tid": 1, "ts": 0, "dur": 1},
        {"name": "aten::addmm", "ph": "X", "tid": 1, "ts": 1, "dur": 9},
        {"name": "aten::relu", "ph": "X", "tid": 1, "ts": 10, "dur": 2},
        {"name": "aten::linear", "ph": "X", "tid": 1, "ts": 12, "dur": 5},
        {"name": "aten::addmm", "ph": "X", "tid": 1, "ts": 13, "dur": 3},
        {"name": "AddmmBackward0", "ph": "X", "tid": "2", "ts": 5, "dur": 8},
        {"name": "aten::mm", "ph": "X", "tid": "2", "ts": 6, "dur": 4},
        {"name": "marker", "ph": "i", "tid": 1, "ts": 20}
        ]
        """;
    Path file = tmp.resolve("trace.json");
    Files.writeString(file, trace);
    assertEquals(Map.of("aten::linear", 2, "aten::relu", 1, "AddmmBackward0", 1),
        OpCount.outermost(file));
  }
}
