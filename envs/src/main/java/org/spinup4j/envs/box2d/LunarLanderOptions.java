package org.spinup4j.envs.box2d;

/**
 * The knobs of {@link LunarLander}, with Gymnasium's defaults in {@link #defaults()}. Change one
 * by name: {@code LunarLanderOptions.defaults().withContinuous(true).withWind(true)}.
 *
 * @param continuous two throttles in {@code [-1, 1]} (LunarLanderContinuous) instead of four
 *     discrete actions; default false
 * @param gravity vertical gravity in m/s^2; default -10, allowed strictly between -12 and 0
 * @param enableWind push the lander sideways and twist it while both legs are off the ground;
 *     default false
 * @param windPower peak sideways wind force; default 15 (Gymnasium suggests 0 to 20)
 * @param turbulencePower peak rotational turbulence torque; default 1.5 (Gymnasium suggests 0 to
 *     2)
 */
public record LunarLanderOptions(
    boolean continuous,
    double gravity,
    boolean enableWind,
    double windPower,
    double turbulencePower) {

  public LunarLanderOptions {
    if (!(gravity > -12.0 && gravity < 0.0)) {
      throw new IllegalArgumentException(
          "LunarLander gravity must be between -12 and 0 (exclusive), got " + gravity);
    }
    if (!(windPower >= 0.0 && Double.isFinite(windPower))) {
      throw new IllegalArgumentException(
          "LunarLander windPower must be a finite value >= 0 (suggested 0 to 20), got "
              + windPower);
    }
    if (!(turbulencePower >= 0.0 && Double.isFinite(turbulencePower))) {
      throw new IllegalArgumentException(
          "LunarLander turbulencePower must be a finite value >= 0 (suggested 0 to 2), got "
              + turbulencePower);
    }
  }

  /** Gymnasium's defaults: discrete, gravity -10, no wind (power 15, turbulence 1.5 if enabled). */
  public static LunarLanderOptions defaults() {
    return new LunarLanderOptions(false, -10.0, false, 15.0, 1.5);
  }

  public LunarLanderOptions withContinuous(boolean value) {
    return new LunarLanderOptions(value, gravity, enableWind, windPower, turbulencePower);
  }

  public LunarLanderOptions withGravity(double value) {
    return new LunarLanderOptions(continuous, value, enableWind, windPower, turbulencePower);
  }

  public LunarLanderOptions withWind(boolean value) {
    return new LunarLanderOptions(continuous, gravity, value, windPower, turbulencePower);
  }

  public LunarLanderOptions withWindPower(double value) {
    return new LunarLanderOptions(continuous, gravity, enableWind, value, turbulencePower);
  }

  public LunarLanderOptions withTurbulencePower(double value) {
    return new LunarLanderOptions(continuous, gravity, enableWind, windPower, value);
  }
}
