package org.postwise.chat.discord;

/** Discord's size limits on what a bot posts (counted in UTF-16 units, which never undercounts). */
public final class DiscordLimits {

    /** Message content. */
    public static final int CONTENT = 2000;
    /** Embed title. */
    public static final int EMBED_TITLE = 256;
    /** Embed description. */
    public static final int EMBED_DESCRIPTION = 4096;
    /** Embed field name. */
    public static final int FIELD_NAME = 256;
    /** Embed field value. */
    public static final int FIELD_VALUE = 1024;
    /** Fields per embed. */
    public static final int FIELDS = 25;
    /** Embed footer. */
    public static final int EMBED_FOOTER = 2048;
    /** Embeds per message. */
    public static final int EMBEDS_PER_MESSAGE = 10;
    /** Characters of all embeds of one message together. */
    public static final int EMBED_TOTAL = 6000;
    /** Button label. */
    public static final int BUTTON_LABEL = 80;
    /** Component custom id. */
    public static final int CUSTOM_ID = 100;
    /** Buttons in one action row. */
    public static final int BUTTONS_PER_ROW = 5;
    /** Thread name. */
    public static final int THREAD_NAME = 100;

    private DiscordLimits() {
    }
}
