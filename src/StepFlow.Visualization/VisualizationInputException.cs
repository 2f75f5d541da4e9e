using System;

namespace StepFlow.Visualization;

/// <summary>A definition or an execution history that cannot be drawn; the message names the JSON path at fault.</summary>
public sealed class VisualizationInputException : Exception
{
    /// <summary>Creates the exception for a problem at <paramref name="jsonPath"/>.</summary>
    public VisualizationInputException(string jsonPath, string problem, Exception? inner = null)
        : base($"{problem} (at {jsonPath})", inner)
    {
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>Where in the input the problem is, e.g. <c>$.States.Check.Next</c> or <c>$.events[4].type</c>.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
