@NullMarked
package dev.clapboard.campaign.ui;

import org.jspecify.annotations.NullMarked;
