/**
 * Pictures and videos of environments, headless and in pure Java: {@link
 * org.spinup4j.envs.render.WorldView} maps world coordinates onto a Java2D canvas for an
 * environment's {@code render}, {@link org.spinup4j.envs.render.Frames} renders an environment
 * to an image, and {@link org.spinup4j.envs.render.GifWriter} (JDK ImageIO) and {@link
 * org.spinup4j.envs.render.Mp4Writer} (H.264 by JCodec) write frames to video files, both at once
 * through {@link org.spinup4j.envs.render.VideoRecorder}.
 */
package org.spinup4j.envs.render;
