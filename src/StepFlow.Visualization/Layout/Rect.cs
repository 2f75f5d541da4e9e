namespace StepFlow.Visualization.Layout;

/// <summary>An axis-aligned rectangle in diagram units (CSS pixels at zoom 1).</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    /// <summary>The right edge.</summary>
    public double Right => X + Width;

    /// <summary>The bottom edge.</summary>
    public double Bottom => Y + Height;

    /// <summary>True when the two rectangles share interior area (touching edges do not count).</summary>
    public bool Overlaps(Rect other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    /// <summary>True when <paramref name="inner"/> lies inside this rectangle (edges may touch).</summary>
    public bool Contains(Rect inner) => inner.X >= X && inner.Y >= Y && inner.Right <= Right && inner.Bottom <= Bottom;

    internal Rect Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}
