namespace StepFlow.Cli.Commands;

/// <summary>Arguments of <c>stepflow run</c>.</summary>
internal sealed record RunOptions(string DefinitionPath, string? InputPath, string? MocksPath, string? TestCase, bool History, bool RealTime)
{
    public static RunOptions Parse(string[] args)
    {
        string? definition = null, input = null, mocks = null, testCase = null;
        bool history = false, realTime = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--input":
                    input = Value(args, ref i);
                    break;
                case "--mocks":
                    mocks = Value(args, ref i);
                    break;
                case "--test-case":
                    testCase = Value(args, ref i);
                    break;
                case "--history":
                    history = true;
                    break;
                case "--real-time":
                    realTime = true;
                    break;
                default:
                    if (args[i].StartsWith('-'))
                    {
                        throw new UsageException("unknown option '" + args[i] + "'.");
                    }

                    if (definition is not null)
                    {
                        throw new UsageException("only one definition file may be given ('" + definition + "' and '" + args[i] + "').");
                    }

                    definition = args[i];
                    break;
            }
        }

        return new RunOptions(definition ?? throw new UsageException("missing DEFINITION.asl.json."), input, mocks, testCase, history, realTime);
    }

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length)
        {
            throw new UsageException("option '" + args[i] + "' needs a value.");
        }

        return args[++i];
    }
}
