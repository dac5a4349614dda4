package dev.clapboard.authorization;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Every public method of every {@code @Service} bean of the application, with the {@code @PreAuthorize}
 * expression Spring applies to it: the method's own annotation wins over the class's.
 */
final class ServiceMethods {

    private ServiceMethods() {
    }

    /** Keys look like {@code CampaignService.create(CampaignDraft)}; a value of null means no check at all. */
    static Map<String, @Nullable String> effectiveRules(ApplicationContext context) {
        var rules = new TreeMap<String, @Nullable String>();
        for (var bean : context.getBeansWithAnnotation(Service.class).values()) {
            var type = ClassUtils.getUserClass(bean);
            if (!type.getPackageName().startsWith("dev.clapboard")) {
                continue;
            }
            for (var method : type.getMethods()) {
                if (isApplicationMethod(method)) {
                    rules.put(key(type, method), rule(type, method));
                }
            }
        }
        return rules;
    }

    static String key(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }

    private static boolean isApplicationMethod(Method method) {
        return method.getDeclaringClass().getPackageName().startsWith("dev.clapboard")
                && Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                && !method.isSynthetic() && !method.isBridge();
    }

    private static @Nullable String rule(Class<?> type, Method method) {
        var onMethod = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        var onClass = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), PreAuthorize.class);
        if (onClass == null) {
            onClass = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
        }
        return onClass == null ? null : onClass.value();
    }
}
