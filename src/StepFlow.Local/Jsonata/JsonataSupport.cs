using StepFlow.Local.Errors;

namespace StepFlow.Local.Jsonata;

/// <summary>The failure raised when a JSONata state runs and no evaluator is registered.</summary>
internal static class JsonataSupport
{
    public static StatesErrorException NotSupported(string stateName) => new(
        StatesErrorNames.JsonataNotSupported,
        "JSONata is not supported yet: state '" + stateName + "' uses QueryLanguage JSONata. Register an IJsonataEvaluator through LocalEngineOptions.JsonataEvaluator to run it.",
        catchable: false);
}
