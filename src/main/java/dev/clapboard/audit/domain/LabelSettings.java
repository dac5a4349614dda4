package dev.clapboard.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * How one workspace labels its exports. Not a tenant entity (its id is the workspace): the service scopes it to
 * the signed-in member's workspace explicitly.
 */
@Entity
public class LabelSettings {

    @Id
    private Long workspaceId;
    private String language;
    private @Nullable String wording;
    private String position;

    protected LabelSettings() {
        this.workspaceId = 0L;
        this.language = "";
        this.position = "";
    }

    public LabelSettings(long workspaceId, String language, @Nullable String wording, String position) {
        this.workspaceId = workspaceId;
        this.language = language;
        this.wording = wording;
        this.position = position;
    }

    public void change(String language, @Nullable String wording, String position) {
        this.language = language;
        this.wording = wording;
        this.position = position;
    }

    public String getLanguage() {
        return language;
    }

    public @Nullable String getWording() {
        return wording;
    }

    public String getPosition() {
        return position;
    }
}
