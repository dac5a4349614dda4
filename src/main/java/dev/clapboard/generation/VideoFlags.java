package dev.clapboard.generation;

import java.util.Collection;
import java.util.Map;

/**
 * Why videos must not be used any more, for the generations grid: compliance flags a video "consent revoked" when
 * a person in it withdraws consent. Generation must not depend on compliance (compliance depends on it), so
 * compliance implements this with a {@code @Primary} bean; {@link NoVideoFlags} answers "none" until then.
 */
public interface VideoFlags {

    /** The flag's short reason per flagged video among {@code generationIds}; videos without a flag are absent. */
    Map<Long, String> flagged(Collection<Long> generationIds);
}
