package org.qualityloop.model;

import java.util.List;
import org.qualityloop.model.internal.Checks;

/**
 * A channel on which the customer meets the service: an app, a WeChat mini-program, a phone
 * hotline, a counter. The seed documents name the {@linkplain #standard() standard channels};
 * users add their own with {@link #of(String)}, for example {@code Channel.of("line")}.
 *
 * <p>A channel is identified by its code (lower-case letters, digits, {@code '-'} or {@code '_'},
 * starting with a letter, at most 64 characters); two channels with the same code are equal, so
 * {@code Channel.of("app").equals(Channel.APP)}. Immutable and thread-safe.
 *
 * @param code the channel's code, not null
 */
public record Channel(String code) implements Comparable<Channel> {

    /** A native mobile app. */
    public static final Channel APP = new Channel("app");
    /** A mini-program inside a super-app such as WeChat (微信小程序). */
    public static final Channel MINI_PROGRAM = new Channel("mini-program");
    /** A website. */
    public static final Channel WEB = new Channel("web");
    /** E-mail. */
    public static final Channel EMAIL = new Channel("email");
    /** A phone hotline or call centre. */
    public static final Channel PHONE = new Channel("phone");
    /** Social media: public posts, comments and direct messages. */
    public static final Channel SOCIAL_MEDIA = new Channel("social-media");
    /** A self-service kiosk or terminal. */
    public static final Channel KIOSK = new Channel("kiosk");
    /** An in-person counter or front desk. */
    public static final Channel COUNTER = new Channel("counter");
    /** An AI chatbot or virtual assistant. */
    public static final Channel CHATBOT = new Channel("chatbot");

    private static final List<Channel> STANDARD =
            List.of(APP, MINI_PROGRAM, WEB, EMAIL, PHONE, SOCIAL_MEDIA, KIOSK, COUNTER, CHATBOT);

    /**
     * Validates the code.
     *
     * @param code the channel's code, not null
     * @throws IllegalArgumentException naming {@code code} when it breaks the rule
     */
    public Channel {
        Checks.code(code, "channel");
    }

    /**
     * Returns the channel with the given code, standard or user-defined.
     *
     * @param code the channel's code, not null
     * @return the channel
     */
    public static Channel of(String code) {
        return new Channel(code);
    }

    /**
     * Returns the channels the seed documents name, in a fixed order.
     *
     * @return an unmodifiable list of the standard channels
     */
    public static List<Channel> standard() {
        return STANDARD;
    }

    /**
     * Tells whether this is one of the {@linkplain #standard() standard channels}.
     *
     * @return true for a standard channel
     */
    public boolean isStandard() {
        return STANDARD.contains(this);
    }

    @Override
    public int compareTo(Channel other) {
        return code.compareTo(other.code);
    }

    /** Returns the channel's code. */
    @Override
    public String toString() {
        return code;
    }
}
