namespace StepFlow.Visualization.Layout;

/// <summary>A point in diagram units.</summary>
public readonly record struct Point(double X, double Y);
