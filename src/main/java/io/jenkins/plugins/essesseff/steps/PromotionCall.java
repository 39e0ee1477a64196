package io.jenkins.plugins.essesseff.steps;

import io.jenkins.plugins.essesseff.client.AppRef;
import io.jenkins.plugins.essesseff.promotion.PromotionResult;
import io.jenkins.plugins.essesseff.promotion.Promotions;

/** One promotion operation with its parameters bound: what a step or a build step asks essesseff to do. */
@FunctionalInterface
public interface PromotionCall {
    PromotionResult run(Promotions promotions, AppRef app) throws InterruptedException;
}
