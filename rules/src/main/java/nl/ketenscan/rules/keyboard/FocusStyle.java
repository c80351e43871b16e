package nl.ketenscan.rules.keyboard;

/**
 * The computed styles that can show focus, as the browser gave them (colours as {@code rgb()}).
 *
 * @param border      the four sides' border styles, top right bottom left
 * @param borderWidth the four sides' border widths
 * @param borderColor the four sides' border colours, separated by {@code " / "}
 * @param background  background colour, with the background image when there is one
 * @param related     everything else a focus style may change, in one string that is only compared:
 *                    the element's pseudo-elements, opacity, transform, weight and size, and the look of
 *                    its nearest ancestors, siblings, labels and first children
 */
public record FocusStyle(String outlineStyle, double outlineWidth, String outlineColor, double outlineOffset,
                         String boxShadow, String border, String borderWidth, String borderColor, String background,
                         String color, String textDecoration, String related) {

    /** Whether the element draws an outline: a style other than none and a width. */
    public boolean hasOutline() {
        return outlineWidth > 0 && !"none".equals(outlineStyle) && !"hidden".equals(outlineStyle);
    }

    /** Whether anything of the element's own indicator-carrying styles differs from {@code other}. */
    boolean ownLookDiffers(FocusStyle other) {
        return hasOutline() != other.hasOutline()
                || hasOutline() && (!outlineStyle.equals(other.outlineStyle) || outlineWidth != other.outlineWidth
                        || !outlineColor.equals(other.outlineColor) || outlineOffset != other.outlineOffset)
                || !boxShadow.equals(other.boxShadow) || !border.equals(other.border)
                || !borderWidth.equals(other.borderWidth) || !borderColor.equals(other.borderColor)
                || !background.equals(other.background) || !color.equals(other.color)
                || !textDecoration.equals(other.textDecoration);
    }

    /** Whether anything visible differs from {@code other}, the element's own styles or those around it. */
    public boolean differsFrom(FocusStyle other) {
        return ownLookDiffers(other) || !related.equals(other.related);
    }

    /** Whether the outline is the only thing that differs from {@code other}: the outline is then the indicator. */
    boolean onlyOutlineDiffers(FocusStyle other) {
        FocusStyle withoutOutline = new FocusStyle(other.outlineStyle, other.outlineWidth, other.outlineColor,
                other.outlineOffset, boxShadow, border, borderWidth, borderColor, background, color, textDecoration,
                related);
        return hasOutline() && !withoutOutline.differsFrom(other);
    }
}
