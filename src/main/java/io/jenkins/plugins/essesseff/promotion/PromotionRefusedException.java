package io.jenkins.plugins.essesseff.promotion;

import io.jenkins.plugins.essesseff.client.EssesseffException;

/** The preflight refused a change before anything was asked of essesseff; the message says what is needed first. */
public class PromotionRefusedException extends EssesseffException {
    private static final long serialVersionUID = 1L;

    public PromotionRefusedException(String message) {
        super(message);
    }
}
