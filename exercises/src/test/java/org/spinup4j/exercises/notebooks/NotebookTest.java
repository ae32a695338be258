package org.spinup4j.exercises.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookTest {
  @TempDir Path tmp;

  private Path write(String json) throws IOException {
    Path file = tmp.resolve("n.ipynb");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void sourceAsAListOfLinesAndAsOneStringReadTheSame() throws IOException {
    Notebook nb = Notebook.read(write("""
        {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
          {"cell_type": "code", "metadata": {}, "outputs": [], "source": ["int a = 1;\\n", "a + 1"]},
          {"cell_type": "code", "metadata": {}, "outputs": [], "source": "int a = 1;\\na + 1"}]}
        """));
    assertEquals(2, nb.cells().size());
    assertEquals("int a = 1;\na + 1", nb.cells().get(0).source());
    assertEquals(nb.cells().get(0).source(), nb.cells().get(1).source());
  }

  @Test
  void codeCellsLeaveOutMarkdownAndKeepTheirOrder() throws IOException {
    Notebook nb = Notebook.read(write("""
        {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
          {"cell_type": "markdown", "metadata": {}, "source": ["# Title"]},
          {"cell_type": "code", "metadata": {}, "outputs": [], "source": ["first"]},
          {"cell_type": "raw", "metadata": {}, "source": ["raw"]},
          {"cell_type": "code", "metadata": {}, "outputs": [], "source": ["second"]}]}
        """));
    List<Notebook.Cell> code = nb.codeCells();
    assertEquals(List.of("first", "second"), code.stream().map(Notebook.Cell::source).toList());
    assertEquals("n.ipynb", nb.name());
  }

  @Test
  void anOlderNotebookFormatIsRefusedNamingTheFile() throws IOException {
    Path file = write("{\"nbformat\": 3, \"worksheets\": []}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Notebook.read(file));
    assertTrue(e.getMessage().contains("n.ipynb") && e.getMessage().contains("nbformat 3"),
        e.getMessage());
  }
}
