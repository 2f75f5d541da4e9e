using System;

namespace DataPipeline;

public static class Program
{
    public static int Main()
    {
        Console.WriteLine(DataPipelineWorkflow.AslDefinition);
        return 0;
    }
}
