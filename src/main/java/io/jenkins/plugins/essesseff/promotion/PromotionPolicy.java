package io.jenkins.plugins.essesseff.promotion;

/** Rules an administrator sets for every promotion; {@code prodNeedsDeploymentNote} is on by default. */
public record PromotionPolicy(boolean prodNeedsDeploymentNote) {

    public static PromotionPolicy defaults() {
        return new PromotionPolicy(true);
    }
}
