using System;
using System.IO;

namespace StepFlow.Visualization.Tests.Support;

/// <summary>Reads the hand-written definitions and histories copied next to the test assembly.</summary>
internal static class TestInputs
{
    public static string Definition(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Definitions", name + ".asl.json"));

    public static string History(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Histories", name + ".json"));
}
