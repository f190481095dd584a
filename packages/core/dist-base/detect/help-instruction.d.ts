import type { HelpInstructionMatch } from './types.js';
export declare function detectHelpInstruction(input: string): HelpInstructionMatch[];
/** The help instructions in `text`, remembered for the next caller (read-only: shared with it). */
export declare function findHelpInstructions(text: string): readonly HelpInstructionMatch[];
//# sourceMappingURL=help-instruction.d.ts.map