using System;
using StepFlow.Jsonata;

namespace StepFlow.Local.Jsonata;

/// <summary>One-line registration of JSONata support on a <see cref="LocalEngineOptions"/>.</summary>
public static class LocalEngineOptionsJsonataExtensions
{
    /// <summary>
    /// Runs JSONata states with <see cref="JsonataEngineEvaluator"/>. <c>$now()</c> and <c>$millis()</c> read the
    /// engine's <see cref="LocalEngineOptions.TimeProvider"/> as set when this is called (set the clock first).
    /// </summary>
    /// <returns>The same options, for chaining.</returns>
    public static LocalEngineOptions UseJsonata(this LocalEngineOptions options, TimeSpan? evaluationTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var defaults = JsonataEvaluationOptions.Default;
        options.JsonataEvaluator = new JsonataEngineEvaluator(new JsonataEvaluationOptions
        {
            MaxDepth = defaults.MaxDepth,
            Timeout = evaluationTimeout ?? defaults.Timeout,
            TimeProvider = options.TimeProvider,
        });
        return options;
    }
}
