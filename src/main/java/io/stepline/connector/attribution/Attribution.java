package io.stepline.connector.attribution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The models by name, and one way to run one: validate parameters, attribute, wrap the credits. */
public final class Attribution {
    private static final Map<String, AttributionModel> MODELS = new LinkedHashMap<>();

    static {
        for (AttributionModel model : List.of(SingleTouchModel.firstTouch(), SingleTouchModel.lastTouch(), new LinearModel(),
                new PositionBasedModel(), new TimeDecayModel(), new ParticipationModel(), new MarkovModel(),
                new ShapleyModel(), new ShaoLiModel(), new FractributionModel())) {
            MODELS.put(model.name(), model);
        }
    }

    private Attribution() {
    }

    public static List<String> modelNames() {
        return List.copyOf(MODELS.keySet());
    }

    public static List<AttributionModel> models() {
        return List.copyOf(MODELS.values());
    }

    /** The model called {@code name}, or null. */
    public static AttributionModel model(String name) {
        return MODELS.get(name);
    }

    /**
     * Runs one model.
     *
     * @throws IllegalArgumentException for an unknown model (callers check names when binding)
     */
    public static Credits run(String modelName, Map<String, String> parameters, PathSummary paths)
            throws AttributionException {
        AttributionModel model = MODELS.get(modelName);
        if (model == null) {
            throw new IllegalArgumentException(unknownModel(modelName));
        }
        Parameters resolved = Parameters.resolve(model, parameters);
        return Credits.of(model.name(), resolved, paths, model.attribute(paths, resolved));
    }

    /** The message for a model name that is not one: it lists the models. */
    public static String unknownModel(String name) {
        return "no attribution model '" + name + "'; the models are " + String.join(", ", MODELS.keySet());
    }
}
