package dev.clapboard.prompt;

import static dev.clapboard.prompt.TemplateCategory.CORPORATE_MESSAGE;
import static dev.clapboard.prompt.TemplateCategory.EVENT;
import static dev.clapboard.prompt.TemplateCategory.EXPLAINER;
import static dev.clapboard.prompt.TemplateCategory.PERSONALISED;
import static dev.clapboard.prompt.TemplateCategory.PRODUCT_PRESENTATION;
import static dev.clapboard.prompt.TemplateCategory.SOCIAL_TEASER;
import static dev.clapboard.prompt.TemplateCategory.STORYBOARD;
import static dev.clapboard.prompt.TemplateCategory.TESTIMONIAL;
import static dev.clapboard.prompt.TemplateCategory.TRAINING_SCENARIO;

import java.util.List;

/**
 * The templates that ship with Clapboard, one per use case teams start from. They are code, not rows: read-only,
 * the same in every workspace, and improved by shipping a new release. A workspace changes one by copying it.
 */
final class BuiltInTemplates {

    static final List<PromptTemplate> ALL = List.of(
            builtIn("product-presentation", "Product presentation", PRODUCT_PRESENTATION,
                    "A professional uses the product while a split screen shows its interface and the results it "
                            + "produces. For launches and sales pages.",
                    "A {audience} professional works with {product} at a desk in {setting}. The screen splits: on "
                            + "the left the {product} interface reacts to each click, on the right the real-world "
                            + "result appears at the same moment. Medium shot, slow push-in, soft daylight. Calm "
                            + "office ambience, light electronic music. Duration: {duration} seconds.",
                    "A finance manager in a bright open-plan office works with Northwind Analytics; the split screen "
                            + "shows a forecast chart updating as the month-end report prints."),
            builtIn("explainer", "Explainer in three steps", EXPLAINER,
                    "Breaks one complicated process into three simple stages with animated arrows and highlights.",
                    "An explainer that breaks {process} into three simple stages for {audience}. Each stage gets its "
                            + "own scene in {setting}: animated arrows lead the eye, the key element is highlighted, "
                            + "and a short caption names the step. Clean flat animation, top-down camera, steady "
                            + "pacing, friendly voice-over. Duration: {duration} seconds.",
                    "Step 1 a data source lights up, step 2 arrows carry it into a dashboard, step 3 the finished "
                            + "chart pops out with a tick mark."),
            builtIn("ab-social-ad", "A/B social ad", SOCIAL_TEASER,
                    "One short ad idea written so that its style and audience can be varied for A/B tests.",
                    "A vertical social ad for {product} aimed at {audience}. Opening hook in the first second: "
                            + "{hook}. A {presenter} in {setting} shows the one benefit that matters most to this "
                            + "audience, then the product logo and a clear call to action. Handheld close-ups, quick "
                            + "cuts, bright natural light, upbeat music. Duration: {duration} seconds. "
                            + "Aspect ratio: 9:16.",
                    "Variant A (photorealistic, for team leads) and variant B (animated, for students) of the same "
                            + "hook: \"Still building reports by hand?\""),
            builtIn("personalised-customer", "Personalised customer video", PERSONALISED,
                    "A short greeting for one customer segment that mentions their industry and their goal.",
                    "A friendly account manager in {setting} speaks directly to camera to customers in {industry}. "
                            + "They mention the goal these customers share, {goal}, and show how {product} helps "
                            + "with it in one concrete example. Medium close-up, eye level, static camera, warm key "
                            + "light. Clear speech, quiet room tone. Duration: {duration} seconds.",
                    "An account manager in a small showroom tells logistics customers how Northwind Analytics "
                            + "spots late deliveries before they happen."),
            builtIn("storyboard-scene", "Storyboard / previz scene", STORYBOARD,
                    "Visualise one scene of a planned shoot to test framing and timing before a shooting day.",
                    "Previsualisation of scene {scene_number}: {action} in {setting}. Camera: {shot_size}, "
                            + "{camera_movement}. Lighting: {lighting}. Keep characters and props simple and "
                            + "consistent so the framing and timing can be judged. Duration: {duration} seconds.",
                    "Scene 4: a courier runs up the stairs of a warehouse; wide shot, crane up; low evening sun."),
            builtIn("product-demo-no-prototype", "Product demo without a prototype", PRODUCT_PRESENTATION,
                    "Show a product that does not exist physically yet, in use, with realistic physics.",
                    "A realistic demonstration of {product}, a product that is still in design, used by "
                            + "{audience} in {setting}. Show the moment it solves the problem it was made for: "
                            + "{benefit}. Macro close-ups of the details, then a medium shot of the person using it. "
                            + "Natural light, believable materials and physics. Duration: {duration} seconds.",
                    "A cyclist in a rainy city clips a folding phone mount onto the handlebar; water beads off it."),
            builtIn("training-dialogue", "Training dialogue", TRAINING_SCENARIO,
                    "A realistic conversation for sales, service or safety training, with both sides speaking.",
                    "A training scene in {setting}: a {trainee_role} talks with a {customer_role} who {situation}. "
                            + "The {customer_role} says: \"{customer_line}\". The {trainee_role} answers calmly: "
                            + "\"{trainee_line}\". Over-the-shoulder shots alternating between them, natural light, "
                            + "quiet background sounds. Duration: {duration} seconds.",
                    "A support agent at a help desk calms a customer whose invoice was charged twice."),
            builtIn("trade-fair-cinematic", "Trade-fair cinematic", EVENT,
                    "A dramatic loop for a stand screen: the product as hero, dark background, strong light.",
                    "A cinematic hero shot of {product} for a trade-fair stand. {product} appears out of darkness "
                            + "on a {setting} while beams of light sweep across it; a slow orbiting camera with a "
                            + "50 mm lens, shallow depth of field, dramatic rim lighting, deep bass music swelling "
                            + "to the logo. Duration: {duration} seconds.",
                    "The Northwind dashboard tablet rises from a black stage; a gold light sweep reveals the logo."),
            builtIn("anime-social-clip", "Anime-style social clip", SOCIAL_TEASER,
                    "A playful animated clip in anime style for younger social audiences.",
                    "An anime-style social clip: a cheerful {character} in {setting} discovers {product} and "
                            + "reacts with big expressive emotions. Bold colours, speed lines when the product "
                            + "appears, dynamic camera that pans and zooms on the reaction, catchy music. Audience: "
                            + "{audience}. Duration: {duration} seconds. Aspect ratio: 9:16.",
                    "A student in a sunny classroom opens the app and sparkles fly off the screen."),
            builtIn("ceo-message", "CEO message", CORPORATE_MESSAGE,
                    "A short message from a company leader to employees or customers. Needs the leader's consent.",
                    "A {age}-year-old {role} of {company} in {setting} speaks to {audience} about {topic}. They "
                            + "say: \"{key_message}\". Medium shot at eye level, slow push-in, soft key light with "
                            + "a warm background, clear voice, no music. Duration: {duration} seconds.",
                    "A 45-year-old managing director in a modern office tells employees why the new dashboard "
                            + "frees a morning a week."),
            builtIn("customer-testimonial", "Customer testimonial", TESTIMONIAL,
                    "A fictional but believable customer tells how the product helped. Never imitate a real "
                            + "customer without consent.",
                    "A {customer_description} in {setting} tells the camera how {product} changed {outcome}. "
                            + "Interview framing: medium close-up, subject slightly off-centre, blurred background, "
                            + "soft window light. Natural voice, faint ambience of the place. "
                            + "Duration: {duration} seconds.",
                    "A bakery owner behind her counter explains that ordering flour now takes five minutes."));

    private BuiltInTemplates() {
    }

    private static PromptTemplate builtIn(String slug, String name, TemplateCategory category, String description,
            String body, String example) {
        return new PromptTemplate(PromptTemplate.BUILT_IN_PREFIX + slug, name, category, description, body, example,
                true);
    }
}
