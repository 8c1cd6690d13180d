package com.example.authstarter.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/**
 * Grids that fit a phone and their rows. On a screen narrower than {@value #PHONE_WIDTH} px a grid shows only its
 * main columns (the others come back when the window is widened) and its cells wrap, so the page never scrolls
 * sideways; a grid of few rows is as tall as its rows instead of an empty frame.
 */
public final class Grids {

    /** Narrower than this (CSS pixels) is a phone: the same width app.css switches its layout at. */
    public static final int PHONE_WIDTH = 600;
    /** Up to this many rows a grid shows them all; beyond, it scrolls inside a frame. */
    public static final int ALL_ROWS_UP_TO = 30;

    private Grids() {}

    /** Shows {@code secondary} only on screens at least {@value #PHONE_WIDTH} px wide; cells wrap. */
    public static void hideOnPhones(Grid<?> grid, Grid.Column<?>... secondary) {
        forScreens(grid, List.of(secondary), List.of());
    }

    /**
     * Shows {@code wide} on screens at least {@value #PHONE_WIDTH} px wide and {@code narrow} (columns that say in
     * one what the others say in several) on phones; cells wrap. Follows the window as it is resized.
     */
    public static void forScreens(Grid<?> grid, List<Grid.Column<?>> wide, List<Grid.Column<?>> narrow) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        showFor(wide, narrow, 0);
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            var details = page.getExtendedClientDetails();
            showFor(wide, narrow, details.getWindowInnerWidth());
            // Until the browser has told its width (it may not have, on the first page), it is asked.
            if (details.getWindowInnerWidth() <= 0) {
                details.refresh(told -> showFor(wide, narrow, told.getWindowInnerWidth()));
            }
            var resizing = page.addBrowserWindowResizeListener(resize -> showFor(wide, narrow, resize.getWidth()));
            grid.addDetachListener(detach -> {
                resizing.remove();
                detach.unregisterListener();
            });
        });
    }

    /**
     * A grid of at most {@value #ALL_ROWS_UP_TO} rows is as tall as they are; a longer one fills the page and
     * scrolls inside itself (the {@code grid-scrolls} class in app.css). An empty one says {@code emptyText}.
     */
    public static void fitRows(Grid<?> grid, boolean fewRows, String emptyText) {
        grid.setAllRowsVisible(fewRows);
        grid.setClassName("grid-scrolls", !fewRows);
        grid.setEmptyStateText(emptyText);
    }

    /** Whether a page {@code width} px wide counts as a phone; an unknown width (0 or less) does not. */
    private static boolean isPhone(int width) {
        return width > 0 && width < PHONE_WIDTH;
    }

    private static void showFor(List<Grid.Column<?>> wide, List<Grid.Column<?>> narrow, int width) {
        wide.forEach(column -> column.setVisible(!isPhone(width)));
        narrow.forEach(column -> column.setVisible(isPhone(width)));
    }
}
