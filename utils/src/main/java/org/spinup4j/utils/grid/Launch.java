package org.spinup4j.utils.grid;

import java.nio.file.Path;
import java.util.Map;

/**
 * One run of a grid, as a {@link Launcher} receives it.
 *
 * @param expName the variant's name, e.g. {@code ppo_ant_cli0-1_h32-32}
 * @param outputDir the run's directory ({@code logger_kwargs.output_dir})
 * @param kwargs the keyword arguments {@link Launcher#launch} gets
 */
public record Launch(String expName, Path outputDir, Map<String, Object> kwargs) {}
