import { render, type Instance } from 'ink';
import { App, type AppProps } from './components/app.js';
import { layoutReady } from './layout-ready.js';

/** Draws the play program on the terminal; the command waits on the returned instance. */
export async function renderApp(props: AppProps): Promise<Instance> {
  await layoutReady();
  // Ctrl-C is a key like q here: it must save the transcript before ink lets go.
  return render(<App {...props} />, { exitOnCtrlC: false });
}
