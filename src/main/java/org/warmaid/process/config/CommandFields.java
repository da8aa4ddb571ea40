package org.warmaid.process.config;

import java.lang.reflect.Field;
import org.springframework.util.ReflectionUtils;

/**
 * Private fields of the engine's commands, for the interceptors that look at a command before it
 * runs (what a completion submits, which password a saved user carries). A field the engine's class
 * lacks means another engine version: it fails when the class that names it is loaded, at start.
 */
public final class CommandFields {

    private CommandFields() {
    }

    public static Field of(Class<?> type, String name) {
        Field field = ReflectionUtils.findField(type, name);
        if (field == null) {
            throw new IllegalStateException("the engine's " + type.getSimpleName() + " has no field " + name);
        }
        ReflectionUtils.makeAccessible(field);
        return field;
    }
}
