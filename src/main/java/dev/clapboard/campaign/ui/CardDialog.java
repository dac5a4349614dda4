package dev.clapboard.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import dev.clapboard.campaign.AspectRatio;
import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CardMedia;
import dev.clapboard.campaign.CardVideo;
import dev.clapboard.campaign.CampaignNotFoundException;
import dev.clapboard.campaign.CampaignRules;
import dev.clapboard.campaign.CardChangedException;
import dev.clapboard.campaign.CardDetails;
import dev.clapboard.campaign.CardDraft;
import dev.clapboard.campaign.CardRules;
import dev.clapboard.workspace.Member;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Creates, shows or edits one card. A save that meets someone else's newer version is refused by the service;
 * the dialog then says who changed it and keeps everything typed until the member chooses to load theirs.
 */
class CardDialog extends Dialog {

    final TextField title = new TextField("Title");
    final TextArea brief = new TextArea("Brief");
    final ComboBox<String> audience = new ComboBox<>("Target audience");
    final ComboBox<String> style = new ComboBox<>("Style");
    final Select<AspectRatio> aspectRatio = new Select<>();
    final IntegerField duration = new IntegerField("Duration wish");
    final ComboBox<Member> assignee = new ComboBox<>("Assignee");
    final DatePicker due = new DatePicker("Due");
    final TextField labels = new TextField("Labels");
    final Paragraph problem = new Paragraph();
    final Button reloadTheirs = new Button("Load their version");
    final Button save = new Button("Save");
    final Button delete = new Button("Delete card");
    final Button generate = new Button("Generate videos");
    final Button prompt = new Button("Prompt");
    final Button people = new Button("People in this video");

    private final Binder<CardDraft> binder = new Binder<>(CardDraft.class);
    private final BoardService boardService;
    private final Runnable onChanged;
    private @Nullable CardDetails card;

    /** {@code card} null: a new card for {@code laneId}. */
    CardDialog(BoardService boardService, CardMedia cardMedia, long laneId, @Nullable CardDetails card,
            List<String> audiences, boolean editable, Runnable onChanged) {
        this.boardService = boardService;
        this.card = card;
        this.onChanged = onChanged;
        setHeaderTitle(card == null ? "New card" : editable ? "Edit card" : "Card");
        var draft = card == null ? CardDraft.blank() : card.draft();
        var members = boardService.assignableMembers();
        Map<Long, Member> membersById = members.stream().collect(Collectors.toMap(Member::accountId, Function.identity()));

        audience.setItems(withCurrent(audiences, draft.targetAudience()));
        audience.setAllowCustomValue(true);
        audience.addCustomValueSetListener(e -> {
            audience.setItems(withCurrent(audiences, e.getDetail()));
            audience.setValue(e.getDetail());
        });
        style.setItems(withCurrent(CardDraft.STYLES, draft.style()));
        style.setAllowCustomValue(true);
        style.setHelperText("Pick one or type your own.");
        style.addCustomValueSetListener(e -> {
            style.setItems(withCurrent(CardDraft.STYLES, e.getDetail()));
            style.setValue(e.getDetail());
        });
        aspectRatio.setLabel("Aspect ratio");
        aspectRatio.setItems(AspectRatio.values());
        aspectRatio.setItemLabelGenerator(AspectRatio::label);
        duration.setSuffixComponent(new Span("s"));
        duration.setStepButtonsVisible(true);
        assignee.setItems(members);
        assignee.setItemLabelGenerator(Member::displayName);
        assignee.setClearButtonVisible(true);
        labels.setHelperText("Separated by commas, e.g. “social, teaser”.");
        problem.addClassName("form-refusal");
        problem.setVisible(false);
        reloadTheirs.setVisible(false);
        reloadTheirs.addClickListener(e -> loadTheirs());

        binder.forField(title).asRequired(CardRules.TITLE_REQUIRED).withValidator(new StringLengthValidator(
                CampaignRules.tooLong(CardRules.TITLE_MAX_LENGTH), 0, CardRules.TITLE_MAX_LENGTH)).bind("title");
        binder.forField(brief).withValidator(new StringLengthValidator(
                CampaignRules.tooLong(CardRules.BRIEF_MAX_LENGTH), 0, CardRules.BRIEF_MAX_LENGTH)).bind("brief");
        binder.forField(audience).withValidator(new StringLengthValidator(
                CampaignRules.tooLong(CardRules.SHORT_TEXT_MAX_LENGTH), 0, CardRules.SHORT_TEXT_MAX_LENGTH)).bind("targetAudience");
        binder.forField(style).withValidator(new StringLengthValidator(
                CampaignRules.tooLong(CardRules.SHORT_TEXT_MAX_LENGTH), 0, CardRules.SHORT_TEXT_MAX_LENGTH)).bind("style");
        binder.forField(aspectRatio).asRequired("Pick an aspect ratio.").bind("aspectRatio");
        binder.forField(duration).withValidator(d -> d == null || (d >= 1 && d <= CardRules.MAX_DURATION_SECONDS),
                CardRules.DURATION_RANGE).bind("durationSeconds");
        binder.forField(assignee).withConverter((Member m) -> m == null ? null : m.accountId(),
                (Long id) -> id == null ? null : membersById.get(id)).bind("assigneeAccountId");
        binder.forField(due).bind("dueDate");
        binder.forField(labels).withConverter(CardDialog::commaSeparated, list -> String.join(", ", list))
                .withValidator(list -> String.join(",", list).length() <= CardRules.LABELS_MAX_LENGTH,
                        CampaignRules.tooLong(CardRules.LABELS_MAX_LENGTH)).bind("labels");
        binder.readRecord(draft);
        binder.setReadOnly(!editable);

        var form = new FormLayout(title, aspectRatio, brief, audience, style, duration, assignee, due, labels);
        form.setColspan(title, 2);
        form.setColspan(brief, 2);
        add(new Div(problem, reloadTheirs), form);
        if (card != null) {
            var video = cardMedia.latestFor(List.of(card.id())).get(card.id());
            if (video != null) {
                add(videoOf(video));
            }
        }

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(laneId));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> delete());
        save.setVisible(editable);
        delete.setVisible(editable && card != null);
        // The generations page (another feature) takes the card from the address, so no code depends on it here.
        generate.setVisible(editable && card != null);
        prompt.setVisible(card != null);
        if (card != null) {
            generate.addClickListener(e -> {
                close();
                UI.getCurrent().navigate("generations",
                        QueryParameters.simple(Map.of("campaign", String.valueOf(card.campaignId()),
                                "card", String.valueOf(card.id()))));
            });
        }
        if (card != null) {
            prompt.addClickListener(e -> {
                close();
                UI.getCurrent().navigate("campaigns/" + card.campaignId() + "/cards/" + card.id() + "/prompt");
            });
        }
        people.setVisible(card != null);
        if (card != null) {
            // compliance's consent gate owns this page; the address is the only link, so campaign stays independent
            people.addClickListener(e -> {
                close();
                UI.getCurrent().navigate("campaigns/" + card.campaignId() + "/cards/" + card.id() + "/people");
            });
        }
        getFooter().add(delete, prompt, people, generate, new Button(editable ? "Cancel" : "Close", e -> close()), save);
        setWidth("min(44rem, 100vw)");
    }

    /** The card's latest video: its player once ready, else how far it got. */
    private static Component videoOf(CardVideo video) {
        var state = new Span(video.state());
        state.addClassName("card-video-state");
        var box = new Div(state);
        box.addClassName("card-video");
        if (video.videoUrl() != null) {
            var player = new Element("video");
            player.setAttribute("src", video.videoUrl());
            if (video.posterUrl() != null) {
                player.setAttribute("poster", video.posterUrl());
            }
            player.setAttribute("controls", true);
            player.setAttribute("preload", "metadata");
            box.getElement().appendChild(player);
        }
        return box;
    }

    @Nullable Long cardId() {
        return card == null ? null : card.id();
    }

    private void save(long laneId) {
        CardDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        try {
            card = card == null ? boardService.createCard(laneId, draft)
                    : boardService.updateCard(card.id(), card.version(), draft);
            onChanged.run();
            close();
        } catch (CardChangedException conflict) {
            show(conflict.getMessage());
            reloadTheirs.setVisible(true);
        } catch (CampaignNotFoundException deleted) {
            show("This card has been deleted meanwhile. Copy what you typed if you want to keep it.");
        } catch (IllegalArgumentException | IllegalStateException refused) {
            show(refused.getMessage());
        }
    }

    private void delete() {
        if (card == null) {
            return;
        }
        try {
            boardService.deleteCard(card.id());
        } catch (CampaignNotFoundException alreadyGone) {
            // someone else deleted it first: the outcome is the same
        }
        onChanged.run();
        close();
    }

    private void loadTheirs() {
        if (card == null) {
            return;
        }
        boardService.card(card.id()).ifPresentOrElse(theirs -> {
            card = theirs;
            binder.readRecord(theirs.draft());
            problem.setVisible(false);
            reloadTheirs.setVisible(false);
        }, () -> show("This card has been deleted meanwhile."));
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private static List<String> withCurrent(List<String> presets, @Nullable String current) {
        var items = new ArrayList<>(presets);
        if (current != null && !current.isBlank() && !items.contains(current)) {
            items.add(current);
        }
        return items;
    }

    private static List<String> commaSeparated(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
    }
}
