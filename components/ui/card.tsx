// A surface with an optional header row (title, description, action on the right). Each part is
// one short class (card, card-h, card-t, card-d, card-a in app/globals.css): a dashboard has a
// dozen cards, each also drawn by its Suspense fallback, in the HTML and again in the RSC payload.
import clsx from "clsx";
import type { ReactNode } from "react";

export function Card({ children, className, id }: { children: ReactNode; className?: string; id?: string }) {
  return (
    <section id={id} className={clsx("card", className)}>
      {children}
    </section>
  );
}

export interface CardHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  className?: string;
}

export function CardHeader({ title, description, action, className }: CardHeaderProps) {
  return (
    <header className={clsx("card-h", className)}>
      <div className="min-w-0">
        <h2 className="card-t">{title}</h2>
        {description ? <p className="card-d">{description}</p> : null}
      </div>
      {action ? <div className="card-a">{action}</div> : null}
    </header>
  );
}

export function CardBody({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={clsx("px-5 pb-5", className)}>{children}</div>;
}
