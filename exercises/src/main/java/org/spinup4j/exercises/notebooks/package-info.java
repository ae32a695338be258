/**
 * Running the Jupyter notebooks in notebooks/ without Jupyter: {@link
 * org.spinup4j.exercises.notebooks.Notebook} reads an .ipynb file, and {@link
 * org.spinup4j.exercises.notebooks.NotebookRunner} executes its code cells, in order, in one JShell
 * session on this JVM's classpath, as a Java kernel (IJava, JJava) would. The test suite runs every
 * notebook this way, so a notebook that stops compiling or starts throwing fails the build.
 */
package org.spinup4j.exercises.notebooks;
