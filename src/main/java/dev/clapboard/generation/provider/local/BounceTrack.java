package dev.clapboard.generation.provider.local;

import java.util.ArrayList;
import java.util.List;

/**
 * A ball dropped from rest that bounces on the floor, losing energy at each impact. Heights are in metres
 * above the floor; the impact times are exact, so sound and picture can meet on them.
 */
record BounceTrack(double dropHeight, double gravity, double restitution) {

    private static final double REST_SPEED = 0.05;

    static BounceTrack standard(double dropHeight) {
        return new BounceTrack(dropHeight, 9.81, 0.72);
    }

    /** Height of the ball above the floor at {@code t} seconds after release. */
    double heightAt(double t) {
        var firstImpact = Math.sqrt(2 * dropHeight / gravity);
        if (t < firstImpact) {
            return dropHeight - gravity * t * t / 2;
        }
        var speed = restitution * gravity * firstImpact;
        var flightStart = firstImpact;
        while (speed > REST_SPEED) {
            var flight = 2 * speed / gravity;
            if (t < flightStart + flight) {
                var dt = t - flightStart;
                return speed * dt - gravity * dt * dt / 2;
            }
            flightStart += flight;
            speed *= restitution;
        }
        return 0;
    }

    /** Impacts up to {@code until} seconds, with the speed of each (for loudness). */
    List<Impact> impactsUntil(double until) {
        var impacts = new ArrayList<Impact>();
        var time = Math.sqrt(2 * dropHeight / gravity);
        var speed = gravity * time;
        while (time <= until && speed > REST_SPEED) {
            impacts.add(new Impact(time, speed));
            speed *= restitution;
            time += 2 * speed / gravity;
        }
        return impacts;
    }

    record Impact(double time, double speed) {
    }
}
