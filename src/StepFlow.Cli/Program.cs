using System;
using StepFlow.Cli;

return await CliApp.RunAsync(args, Console.Out, Console.Error);
