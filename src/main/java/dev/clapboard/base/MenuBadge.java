package dev.clapboard.base;

/**
 * A count a feature shows next to one of its side-menu entries (such as the videos waiting in "My reviews").
 * The shell asks for it on every navigation and shows nothing for zero.
 */
public interface MenuBadge {

    /** The route of the menu entry, as in its {@code @Route}, e.g. {@code my-reviews}. */
    String route();

    /** The count for the signed-in member; called only when the member sees that menu entry. */
    long count();
}
