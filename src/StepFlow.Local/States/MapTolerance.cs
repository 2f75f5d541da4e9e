using System.Text.Json.Nodes;
using StepFlow.Local.Errors;
using StepFlow.Local.Execution;
using StepFlow.Local.Maps;

namespace StepFlow.Local.States;

/// <summary>ToleratedFailureCount/Percentage of a distributed Map.</summary>
internal readonly record struct MapTolerance(double? Count, double? Percentage)
{
    public static MapTolerance Resolve(StateVisit visit, JsonNode? effective, MapNumber? count, MapNumber? percentage)
    {
        var c = MapNumbers.Resolve(visit, effective, count, integer: true);
        if (c < 0)
        {
            throw StatesErrorException.Runtime("ToleratedFailureCount cannot be negative.");
        }

        var p = MapNumbers.Resolve(visit, effective, percentage, integer: false);
        if (p is < 0 or > 100)
        {
            throw StatesErrorException.Runtime("ToleratedFailurePercentage must be between 0 and 100.");
        }

        return new MapTolerance(c, p);
    }

    public bool Allows(int failed, int total)
    {
        if (failed == 0)
        {
            return true;
        }

        var byCount = Count is { } c && failed <= c;
        var byPercentage = Percentage is { } p && total > 0 && failed * 100.0 / total <= p;
        return byCount || byPercentage;
    }

}
