@NullMarked
package dev.clapboard.campaign.domain;

import org.jspecify.annotations.NullMarked;
